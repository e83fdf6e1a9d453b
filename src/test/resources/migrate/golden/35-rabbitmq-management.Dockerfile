# dhi-picker: was rabbitmq:3-management
FROM dhi.io/rabbitmq:4.3-debian13
COPY rabbitmq.conf /etc/rabbitmq/
EXPOSE 5672 15672
