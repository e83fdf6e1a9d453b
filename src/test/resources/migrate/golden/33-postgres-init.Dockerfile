# dhi-picker: was postgres:16
FROM dhi.io/postgres:16-debian13
ENV POSTGRES_DB=app
COPY init.sql /docker-entrypoint-initdb.d/
EXPOSE 5432
