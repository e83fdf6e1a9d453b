# dhi-picker: was gcr.io/distroless/python3
FROM dhi.io/python:3.14-debian13
COPY . /app
WORKDIR /app
CMD ["hello.py", "/etc"]
