FROM ubuntu:20.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y python3 python3-pip \
 && useradd --create-home appuser
USER appuser
WORKDIR /home/appuser
COPY app.py .
CMD ["python3", "app.py"]
