/** "Sổ theo dõi" (placeholder until the register feature lands). */
export function RegisterScreen() {
  return (
    <div class="screen">
      <h1>Sổ theo dõi hồ sơ</h1>
    </div>
  );
}
