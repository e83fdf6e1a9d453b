# dhi-picker: was python:3.12
FROM dhi.io/python:3.12-debian13
WORKDIR /data
VOLUME /data
COPY worker.py /worker.py
USER 1000
CMD ["python", "/worker.py"]
