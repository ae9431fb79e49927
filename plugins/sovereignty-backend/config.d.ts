export interface Config {
  /** Portolan's sovereignty plugin. */
  sovereignty?: {
    /**
     * Migration targets assessed when an entity names none in
     * portolan.dev/target-providers: ionos, stackit, ovhcloud, scaleway, otc,
     * hetzner or kubernetes.
     * @visibility frontend
     */
    targetProviders?: string[];
    /**
     * Weights per dimension (strategic, legal, data, operational,
     * supply-chain, technology, security); the EU Cloud Sovereignty
     * Framework's weights apply where none is given.
     */
    weights?: { [dimension: string]: number };
  };
}
