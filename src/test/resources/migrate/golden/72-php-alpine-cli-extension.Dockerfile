# dhi-picker: was php:8.5-cli-alpine3.24; the build steps run in this -dev stage
FROM dhi.io/php:8.5-alpine3.24-dev AS build
RUN apk add --no-cache icu-libs icu-dev \
    && docker-php-ext-install intl \
    && apk del icu-dev
# dhi-picker: was composer:latest
COPY --from=dhi.io/composer:2.10-alpine3.22-php8.4-dev /usr/bin/composer /usr/bin/composer
WORKDIR /app
COPY . .
RUN composer install --no-dev --optimize-autoloader
CMD ["php", "bin/console", "app:run"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/php:8.5-alpine3.24
WORKDIR /app
COPY --from=build $PHP_PREFIX/lib/php/extensions $PHP_PREFIX/lib/php/extensions
COPY --from=build $PHP_INI_DIR/conf.d $PHP_INI_DIR/conf.d
COPY --from=build /app /app
CMD ["php", "bin/console", "app:run"]
