FROM python
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
