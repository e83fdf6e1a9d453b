# dhi-picker: was python:3.12-slim@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
FROM dhi.io/python:3.12-debian13
COPY app.py /app.py
CMD ["python", "/app.py"]
