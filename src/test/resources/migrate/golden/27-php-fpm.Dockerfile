# dhi-picker: was php:8.3-fpm
FROM dhi.io/composer:2.10-debian13-php8.3-dev
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html
EXPOSE 9000
CMD ["php-fpm"]
