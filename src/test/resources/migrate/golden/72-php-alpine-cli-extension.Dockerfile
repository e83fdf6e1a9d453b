# dhi-picker: was php:8.5-cli-alpine3.24
FROM dhi.io/php:8.5-alpine3.24-dev
RUN apk add --no-cache icu-libs icu-dev \
    && docker-php-ext-install intl \
    && apk del icu-dev
# dhi-picker: was composer:latest
COPY --from=dhi.io/composer:2.10-alpine3.22-dev /usr/bin/composer /usr/bin/composer
WORKDIR /app
COPY . .
RUN composer install --no-dev --optimize-autoloader
CMD ["php", "bin/console", "app:run"]
