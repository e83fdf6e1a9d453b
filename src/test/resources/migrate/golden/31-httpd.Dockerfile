# dhi-picker: was httpd:2.4
FROM dhi.io/httpd:2.4-debian13
COPY ./public-html/ /usr/local/apache2/htdocs/
EXPOSE 80
