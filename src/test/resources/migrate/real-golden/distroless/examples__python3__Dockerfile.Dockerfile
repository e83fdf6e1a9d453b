# dhi-picker: was gcr.io/distroless/python3
FROM dhi.io/python:3.11-debian13
# dhi-picker: the upstream image ran CMD with this ENTRYPOINT; the DHI image has none
ENTRYPOINT ["python3"]
COPY . /app
WORKDIR /app
CMD ["hello.py", "/etc"]
