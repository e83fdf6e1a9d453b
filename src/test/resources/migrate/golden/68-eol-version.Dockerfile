# dhi-picker: was python:3.8-slim
FROM dhi.io/python:3.11-debian13
COPY . /app
CMD ["python", "/app/main.py"]
