FROM rabbitmq:3-management
COPY rabbitmq.conf /etc/rabbitmq/
EXPOSE 5672 15672
