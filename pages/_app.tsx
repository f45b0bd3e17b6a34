import type { AppProps } from 'next/app';
import '@/styles/reader.css';

/**
 * Reader pages live in pages/ (the newsroom in app/): each is server-rendered React sent as plain HTML, with no
 * framework script at all (`unstable_runtimeJS: false` in every page's config); the few interactive parts are
 * islands (components/islands). README, "How reader pages are served", says why.
 */
export default function ReaderApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
