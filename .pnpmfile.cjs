// better-sqlite3 compiles from source on our machines; point node-gyp at Node's local headers
// so the build never tries to download them (there is no network but the npm registry).
module.exports = {
  hooks: {
    updateConfig(config) {
      config.extraEnv = config.extraEnv ?? {};
      if (!process.env.npm_config_nodedir && !config.extraEnv.npm_config_nodedir) {
        config.extraEnv.npm_config_nodedir = '/usr';
      }
      return config;
    },
  },
};
