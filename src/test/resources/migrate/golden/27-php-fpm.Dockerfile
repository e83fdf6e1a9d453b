# dhi-picker: was php:8.3-fpm; the build steps run in this -dev stage
FROM dhi.io/php:8.3-debian13-dev AS build
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html
EXPOSE 9000
CMD ["php-fpm"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/php:8.3-debian13-fpm
COPY --from=build $PHP_PREFIX/lib/php/extensions $PHP_PREFIX/lib/php/extensions
COPY --from=build $PHP_INI_DIR/conf.d $PHP_INI_DIR/conf.d
COPY . /var/www/html
EXPOSE 9000
CMD ["php-fpm"]
