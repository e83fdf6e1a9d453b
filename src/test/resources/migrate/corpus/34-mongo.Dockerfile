FROM mongo:7.0
COPY mongod.conf /etc/mongod.conf
CMD ["mongod", "--config", "/etc/mongod.conf"]
