import withLitSSR from '@lit-labs/nextjs';

// @lit-labs/nextjs renders the Lit elements of client components on the server (declarative
// shadow DOM) and loads Lit's hydration support in the browser. Next 14 builds with webpack.
export default withLitSSR()({});
