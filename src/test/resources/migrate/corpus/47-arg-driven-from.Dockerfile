ARG BASE_IMAGE=python:3.12-slim
FROM ${BASE_IMAGE}
COPY app.py /app.py
CMD ["python", "/app.py"]
