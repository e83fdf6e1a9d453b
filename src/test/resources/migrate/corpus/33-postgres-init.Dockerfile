FROM postgres:16
ENV POSTGRES_DB=app
COPY init.sql /docker-entrypoint-initdb.d/
EXPOSE 5432
