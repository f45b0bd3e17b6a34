import { createDatabase } from '@/lib/db/client';
import { seedDatabase } from './seed';

const db = createDatabase();
try {
  const report = await seedDatabase(db);
  console.log(report.articleCreated ? 'Seeded the reference article.' : 'The reference article is already there.');
  for (const { role, email, password } of report.generatedPasswords) {
    console.log(`${role.padEnd(9)} ${email.padEnd(28)} ${password}`);
  }
} finally {
  await db.$disconnect();
}
