import { CookieTable, PreferencesTrigger } from '../src';

/**
 * The cookie charter of data.montreuil.fr, rebuilt from its catalogue: the portal's own words,
 * the declaration table from `CookieTable`, and the button to change one's choice.
 */
export function MontreuilCharter() {
  return (
    <article
      lang="fr"
      style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem', maxWidth: '60rem', lineHeight: 1.5 }}
    >
      <h1>Charte cookies</h1>
      <p>
        Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon
        fonctionnement.
      </p>
      <h2>Qu’est-ce qu’un cookie&#8239;?</h2>
      <p>
        Un «&nbsp;cookie&nbsp;» est une suite d’informations, généralement de petite taille et identifié par un nom, qui
        peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le
        conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez.
        Les cookies ont de multiples usages&nbsp;: ils peuvent servir à mémoriser votre identifiant client auprès d’un
        site marchand, le contenu courant de votre panier d’achat, un identifiant permettant de tracer votre navigation
        pour des finalités statistiques ou publicitaires, etc.
      </p>
      <p>Il existe plusieurs types de cookies&nbsp;:</p>
      <ul>
        <li>
          Les cookies «&nbsp;nécessaires&nbsp;», internes, permettent d’enregistrer des informations entre deux
          consultations d’un même site web sur un même appareil. Ils permettent d’enregistrer un panier d’achat, des
          identifiants de connexion ou encore des éléments de personnalisation de l’interface. Ils ne requièrent pas de
          consentement de la part de l’utilisateur.
        </li>
        <li>
          Les cookies «&nbsp;statistiques&nbsp;» permettent de suivre les actions d’un internaute sur un site web.
          Lorsque les statistiques sont anonymes (c’est-à-dire ne permettent pas de retrouver une personne), le
          consentement de l’utilisateur n’est pas nécessaire.
        </li>
        <li>
          Les cookies «&nbsp;internes&nbsp;» ou «&nbsp;first-party&nbsp;» sont déposés par le site consulté. Ils peuvent
          être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles,
          suivre le comportement de l’utilisateur et servir à des finalités publicitaires.
        </li>
        <li>
          Les cookies dits «&nbsp;tiers&nbsp;», «&nbsp;tierce partie&nbsp;» ou «&nbsp;third party&nbsp;» sont des
          cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A&nbsp;: cela permet au
          site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des
          informations sur lui.
        </li>
      </ul>
      <h2>
        À quoi servent les cookies sur la plateforme <a href="https://data.montreuil.fr">https://data.montreuil.fr</a>
      </h2>
      <CookieTable
        category="necessary"
        caption="Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels"
      />
      <p>Vous pouvez modifier vos choix à tout moment.</p>
      <PreferencesTrigger />
    </article>
  );
}
