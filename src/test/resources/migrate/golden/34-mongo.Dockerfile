# dhi-picker: was mongo:7.0
FROM dhi.io/mongodb:8.0-debian13
COPY mongod.conf /etc/mongod.conf
CMD ["mongod", "--config", "/etc/mongod.conf"]
