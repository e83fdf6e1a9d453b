# dhi-picker: was node:20-bullseye; the build steps run in this -dev stage
FROM dhi.io/node:22-debian13-dev AS build
WORKDIR /usr/src/app
COPY . .
RUN npm install
EXPOSE 3000
CMD [ "node", "app.js" ]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-debian13
WORKDIR /usr/src/app
COPY --from=build /usr/src/app /usr/src/app
EXPOSE 3000
CMD [ "node", "app.js" ]
