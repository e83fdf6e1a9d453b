FROM php:8.5-cli-alpine3.24
RUN apk add --no-cache icu-libs icu-dev \
    && docker-php-ext-install intl \
    && apk del icu-dev
COPY --from=composer:latest /usr/bin/composer /usr/bin/composer
WORKDIR /app
COPY . .
RUN composer install --no-dev --optimize-autoloader
CMD ["php", "bin/console", "app:run"]
