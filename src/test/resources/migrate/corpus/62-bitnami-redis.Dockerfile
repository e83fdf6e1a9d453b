FROM bitnami/redis:7.4
COPY overrides.conf /opt/bitnami/redis/mounted-etc/overrides.conf
