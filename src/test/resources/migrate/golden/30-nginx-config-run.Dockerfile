# dhi-picker: was nginx:stable; the build steps run in this -dev stage
FROM dhi.io/nginx:1.31-debian13-dev AS build
RUN rm /etc/nginx/conf.d/default.conf
COPY nginx.conf /etc/nginx/conf.d/site.conf
COPY public /usr/share/nginx/html
EXPOSE 80

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/nginx:1.31-debian13
COPY --from=build /usr/share/nginx/html /usr/share/nginx/html
COPY --from=build /etc/nginx /etc/nginx
EXPOSE 80
