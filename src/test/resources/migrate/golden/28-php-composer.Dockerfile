# dhi-picker: was composer:2
FROM dhi.io/composer:2.10-alpine3.22-php8.4-dev AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts

# dhi-picker: was php:8.2-fpm-alpine
FROM dhi.io/php:8.2-alpine3.24-fpm
COPY --from=vendor /app/vendor /var/www/html/vendor
COPY . /var/www/html
CMD ["php-fpm"]
