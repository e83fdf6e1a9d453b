# dhi-picker: was python
FROM dhi.io/python:3.14-debian13
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
