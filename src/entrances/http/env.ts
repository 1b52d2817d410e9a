import type { AgentClient, Principal } from '../../accounts/index.ts';

/** What the middleware leaves on each request for the routes. */
export interface HttpEnv {
  Variables: {
    /** Who is asking; absent for a request without a valid credential. */
    principal: Principal | undefined;
    /** The web session's secret when the cookie carried the credential (for CSRF and sign-out). */
    cookieSecret: string | undefined;
    /** An agent client (A2A, MCP) proven by its key; such a key signs nobody in to the API routes. */
    agentClient: AgentClient | undefined;
  };
}
