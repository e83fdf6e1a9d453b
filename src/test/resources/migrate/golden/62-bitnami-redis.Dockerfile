# dhi-picker: was bitnami/redis:7.4
FROM dhi.io/redis:7.4-debian13
COPY overrides.conf /opt/bitnami/redis/mounted-etc/overrides.conf
