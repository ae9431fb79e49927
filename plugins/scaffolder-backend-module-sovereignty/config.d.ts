export interface Config {
  portolan?: {
    scaffolder?: {
      /**
       * Folder that portolan:publish:local copies generated repositories
       * into; relative to the backend's working directory. Default
       * `.portolan-data/scaffolded`.
       */
      localPublishDir?: string;
    };
  };
}
