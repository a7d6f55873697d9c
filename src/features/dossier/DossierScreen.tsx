/** One dossier (placeholder until the dossier feature lands). */
export function DossierScreen(props: { id: string }) {
  return (
    <div class="screen">
      <h1>Hồ sơ</h1>
      <p>{props.id}</p>
    </div>
  );
}
