FROM php:8.3-fpm
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html
EXPOSE 9000
CMD ["php-fpm"]
