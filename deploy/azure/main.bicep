// Coverage Bot on Azure: a Linux App Service plan and Web App that host the bot (the .NET 10
// build, or the container image from deploy/Dockerfile), and an Azure Bot resource whose
// messaging endpoint is the Web App's /api/messages, with the Microsoft Teams, Slack and
// Direct Line channels.
//
//   az deployment group create -g <group> -f deploy/azure/main.bicep -p deploy/azure/main.parameters.json
//
// See deploy/README.md for the whole path (app registration, deployment, channels, Teams).

targetScope = 'resourceGroup'

// ------------------------------------------------------------------ names and sizes

@description('Azure region for the App Service plan and Web App. The bot resource itself is global.')
param location string = resourceGroup().location

@description('Prefix for resource names; a hash of the resource group id is appended for uniqueness.')
@minLength(2)
@maxLength(40)
param namePrefix string = 'coverage-bot'

@description('Web App name: <name>.azurewebsites.net. Must be globally unique.')
@minLength(2)
@maxLength(60)
param webAppName string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

@description('Bot handle (Azure Bot resource name). Globally unique; it appears in the Slack events URL.')
@minLength(2)
@maxLength(64)
param botName string = webAppName

@description('Name shown for the bot in channels.')
param botDisplayName string = 'Coverage Bot'

@description('App Service plan size. Basic or above (the site uses Always On).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free with a monthly cap on premium-channel messages; S1 is paid.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

// ------------------------------------------------------------------ identity

@description('SingleTenant: an Entra app registration with a client secret (microsoftAppId/microsoftAppPassword). UserAssignedMSI: a user-assigned managed identity created here; no secret.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'SingleTenant'

@description('SingleTenant only: Application (client) ID of the Entra app registration. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Ignored for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the app registration or identity.')
param microsoftAppTenantId string = tenant().tenantId

// ------------------------------------------------------------------ how the host is deployed

@description('code: run a `dotnet publish` output (zip deploy) on the built-in .NET runtime. container: run containerImage (built from deploy/Dockerfile).')
@allowed([
  'code'
  'container'
])
param deploymentMode string = 'code'

@description('code mode: App Service runtime stack.')
param dotnetRuntime string = 'DOTNETCORE|10.0'

@description('code mode: startup command, run in /home/site/wwwroot.')
param startupCommand string = 'dotnet ChatBot.dll'

@description('container mode: image reference, e.g. myregistry.azurecr.io/coverage-bot:1.0.0')
param containerImage string = ''

@description('container mode, private registry: registry URL, e.g. https://myregistry.azurecr.io. Leave empty for a public image.')
param containerRegistryUrl string = ''

@description('container mode, private registry: user name.')
param containerRegistryUsername string = ''

@description('container mode, private registry: password.')
@secure()
param containerRegistryPassword string = ''

@description('Folder of article text files the bot answers from. Empty: the seeds shipped with the build (/app/seeds in the image, /home/site/wwwroot/seeds for code).')
param articlesPath string = ''

@description('Folder of the search index. Under /home, which App Service keeps across restarts and redeployments.')
param indexPath string = '/home/data/index'

// ------------------------------------------------------------------ channels

@description('Add the Slack channel. Needs the Slack app values below (see deploy/README.md); deploy once without Slack first to learn the bot handle.')
param enableSlack bool = false

@description('Slack app: Client ID (Basic Information > App Credentials).')
@secure()
param slackClientId string = ''

@description('Slack app: Client Secret.')
@secure()
param slackClientSecret string = ''

@description('Slack app: Signing Secret.')
@secure()
param slackSigningSecret string = ''

@description('Slack app: Verification Token.')
@secure()
param slackVerificationToken string = ''

@description('Direct Line: origins allowed to use the site (enhanced authentication). Empty: enhanced authentication off.')
param directLineTrustedOrigins array = []

@description('Tags for every resource.')
param tags object = {}

// ------------------------------------------------------------------ derived values

var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var isContainer = deploymentMode == 'container'
var effectiveArticlesPath = !empty(articlesPath)
  ? articlesPath
  : (isContainer ? '/app/seeds' : '/home/site/wwwroot/seeds')

// ------------------------------------------------------------------ resources

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${webAppName}-identity'
  location: location
  tags: tags
}

var botAppId = useManagedIdentity ? identity!.properties.clientId : microsoftAppId

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${webAppName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true // Linux
  }
}

var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: microsoftAppType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppPassword'
    value: useManagedIdentity ? '' : microsoftAppPassword
  }
  {
    name: 'MicrosoftAppTenantId'
    value: microsoftAppTenantId
  }
  {
    name: 'ChatBot__ArticlesPath'
    value: effectiveArticlesPath
  }
  {
    name: 'ChatBot__IndexPath'
    value: indexPath
  }
  {
    // Mount the persistent /home share (on by default for code, off for custom containers).
    name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
    value: 'true'
  }
  {
    // The garbage collector's young-generation budget (64 MB), read from the environment only;
    // the same as deploy/Dockerfile and src/ChatBot/Properties/launchSettings.json (see there).
    name: 'DOTNET_GCgen0size'
    value: '0x4000000'
  }
]

var containerSettings = isContainer
  ? [
      {
        // The port the container listens on (ASPNETCORE_URLS in deploy/Dockerfile).
        name: 'WEBSITES_PORT'
        value: '3978'
      }
    ]
  : []

var registrySettings = isContainer && !empty(containerRegistryUrl)
  ? [
      {
        name: 'DOCKER_REGISTRY_SERVER_URL'
        value: containerRegistryUrl
      }
      {
        name: 'DOCKER_REGISTRY_SERVER_USERNAME'
        value: containerRegistryUsername
      }
      {
        name: 'DOCKER_REGISTRY_SERVER_PASSWORD'
        value: containerRegistryPassword
      }
    ]
  : []

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: isContainer ? 'app,linux,container' : 'app,linux'
  identity: useManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: isContainer ? 'DOCKER|${containerImage}' : dotnetRuntime
      appCommandLine: isContainer ? '' : startupCommand
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, containerSettings, registrySettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
  }
}

// Channels are added one after another: the bot service handles concurrent channel writes badly.
resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource slackChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableSlack) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      verificationToken: slackVerificationToken
      registerBeforeOAuthFlow: true
    }
  }
  dependsOn: [
    teamsChannel
  ]
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(directLineTrustedOrigins)
          trustedOrigins: directLineTrustedOrigins
        }
      ]
    }
  }
  dependsOn: [
    teamsChannel
    slackChannel
  ]
}

// ------------------------------------------------------------------ outputs

@description('The messaging endpoint configured on the Azure Bot.')
output botEndpoint string = 'https://${site.properties.defaultHostName}/api/messages'

@description('Base URL of the Web App.')
output webAppUrl string = 'https://${site.properties.defaultHostName}'

output webAppName string = site.name

@description('Bot handle: use it in the Slack event subscription URL.')
output botName string = bot.name

@description('The bot app id (MicrosoftAppId): the value for bot-manifest/package.sh.')
output microsoftAppId string = botAppId

output slackEventsUrl string = 'https://slack.botframework.com/api/Events/${bot.name}'
