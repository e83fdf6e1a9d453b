FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts

FROM php:8.2-fpm-alpine
COPY --from=vendor /app/vendor /var/www/html/vendor
COPY . /var/www/html
CMD ["php-fpm"]
