# dhi-picker: was postgres
FROM dhi.io/postgres:18-debian13
COPY orders.sql /docker-entrypoint-initdb.d/
