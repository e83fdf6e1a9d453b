# dhi-picker: default was python:3.12-slim
ARG BASE_IMAGE=dhi.io/python:3.12-debian13
# dhi-picker: was python:3.12-slim
FROM ${BASE_IMAGE}
COPY app.py /app.py
CMD ["python", "/app.py"]
