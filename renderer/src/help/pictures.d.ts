/** A picture imported by the bundler answers its address in the built app. */
declare module '*.png' {
  const url: string;
  export default url;
}
