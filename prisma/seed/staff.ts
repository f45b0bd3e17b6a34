import type { Role } from '@/lib/db/generated/enums';

/**
 * One account per role. Passwords come from the named variables, or are generated and shown once. They sign in
 * with addresses of the site's own example domain; only the reporter has a public contact address, the one the
 * reference article is signed with.
 */
export const seedStaff: readonly {
  role: Role;
  email: string;
  contactEmail?: string;
  slug: string;
  nameKo: string;
  nameEn: string;
  passwordVariable: string;
  deskSlug?: string;
}[] = [
  {
    role: 'REPORTER',
    email: 'reporter@dateline.example',
    contactEmail: 'popupnews24@naver.com',
    slug: 'ha-in-gyu',
    nameKo: '하인규',
    nameEn: 'Ha In-gyu',
    passwordVariable: 'STAFF_REPORTER_PASSWORD',
    deskSlug: 'gyeonggi-northeast',
  },
  {
    role: 'EDITOR',
    email: 'editor@dateline.example',
    slug: 'park-seo-yeon',
    nameKo: '박서연',
    nameEn: 'Park Seo-yeon',
    passwordVariable: 'STAFF_EDITOR_PASSWORD',
  },
  {
    role: 'MODERATOR',
    email: 'moderator@dateline.example',
    slug: 'lee-do-yun',
    nameKo: '이도윤',
    nameEn: 'Lee Do-yun',
    passwordVariable: 'STAFF_MODERATOR_PASSWORD',
  },
  {
    role: 'ADMIN',
    email: 'admin@dateline.example',
    slug: 'administrator',
    nameKo: '관리자',
    nameEn: 'Administrator',
    passwordVariable: 'STAFF_ADMIN_PASSWORD',
  },
];
