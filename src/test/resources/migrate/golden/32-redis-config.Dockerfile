# dhi-picker: was redis:7.2
FROM dhi.io/redis:7.4-debian13
COPY redis.conf /usr/local/etc/redis/redis.conf
CMD ["redis-server", "/usr/local/etc/redis/redis.conf"]
