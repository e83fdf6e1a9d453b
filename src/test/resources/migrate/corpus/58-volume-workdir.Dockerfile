FROM python:3.12
WORKDIR /data
VOLUME /data
COPY worker.py /worker.py
USER 1000
CMD ["python", "/worker.py"]
