# escape=`
# dhi-picker: was mcr.microsoft.com/dotnet/sdk:8.0
FROM dhi.io/dotnet:10-sdk-debian13 AS build
WORKDIR /src
COPY . .
RUN dotnet publish `
    -c Release `
    -o /out

# dhi-picker: was mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled
FROM dhi.io/aspnetcore:10-debian13
COPY --from=build /out /app
ENTRYPOINT ["dotnet", "/app/Web.dll"]
