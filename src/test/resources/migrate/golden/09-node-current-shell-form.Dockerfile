# dhi-picker: was node:current
FROM dhi.io/node:26-debian13
WORKDIR /app
COPY . .
# dhi-picker: exec form, the runtime image has no shell
CMD ["npm", "start"]
