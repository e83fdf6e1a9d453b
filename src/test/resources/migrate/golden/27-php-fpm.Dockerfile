# dhi-picker: was php:8.3-fpm
FROM dhi.io/php:8.3-debian13-dev
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html
EXPOSE 9000
CMD ["php-fpm"]
