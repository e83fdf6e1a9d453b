FROM python:3.8-slim
COPY . /app
CMD ["python", "/app/main.py"]
