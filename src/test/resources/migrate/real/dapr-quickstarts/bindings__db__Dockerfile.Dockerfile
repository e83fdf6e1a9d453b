FROM postgres
COPY orders.sql /docker-entrypoint-initdb.d/
