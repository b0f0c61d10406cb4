import { PreferencesTrigger } from 'charte';
import Link from 'next/link';
import { Statistics } from './statistics';

export default function Home() {
  return (
    <main>
      <h1>data.montreuil.fr</h1>
      <p>Le portail des données ouvertes de la ville de Montreuil.</p>
      <Statistics />
      <p>
        <Link href="/charte">Charte cookies</Link>
      </p>
      <PreferencesTrigger />
    </main>
  );
}
