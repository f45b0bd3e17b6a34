/** Known passwords for the seeded staff accounts in test sites (never used outside tests). */
export const testStaff = {
  REPORTER: { email: 'reporter@dateline.example', password: 'test-reporter-password' },
  EDITOR: { email: 'editor@dateline.example', password: 'test-editor-password' },
  MODERATOR: { email: 'moderator@dateline.example', password: 'test-moderator-password' },
  ADMIN: { email: 'admin@dateline.example', password: 'test-admin-password' },
} as const;

export const testStaffPasswordEnv = Object.fromEntries(
  Object.entries(testStaff).map(([role, { password }]) => [`STAFF_${role}_PASSWORD`, password]),
);
