import { trainingCountryCode } from '@idgov/framework';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AssessmentEntity } from '../../modules/assessments/assessment.entity.js';
import { AssessmentsService } from '../../modules/assessments/assessments.service.js';
import { CollabRooms } from '../../modules/collab/collab-rooms.service.js';
import { CustomisationService } from '../../modules/customisation/customisation.service.js';
import { EvidenceService } from '../../modules/evidence/evidence.service.js';
import { FrameworkService } from '../../modules/framework/framework.service.js';
import { MembersService } from '../../modules/members/members.service.js';
import { OrganisationsService } from '../../modules/organisations/organisations.service.js';
import type { UserEntity } from '../../modules/users/user.entity.js';
import { UsersService } from '../../modules/users/users.service.js';
import { seedDemoContent } from './demo-content.js';
import { seedDemoTeam } from './demo-team.js';

export const demoAssessmentTitle = 'Republic of Example';
// Belongs to none of the demo accounts but the admin: shows what a non-member cannot see.
export const demoOtherAssessmentTitle = 'Republic of Sample (pilot)';

export const demoAccounts = [
  { email: 'admin@demo.local', displayName: 'Platform administrator', isPlatformAdmin: true },
  { email: 'moderator@demo.local', displayName: 'UNDP country office moderator' },
  { email: 'ministry@demo.local', displayName: 'Ministry of Interior focal point' },
  { email: 'cso@demo.local', displayName: 'Civil-society researcher' },
  { email: 'reviewer@demo.local', displayName: 'Independent reviewer' },
  { email: 'observer@demo.local', displayName: 'Workshop screen' },
] as const;

// A fictional country's assessment, so that a first start shows a platform in use rather than an
// empty list. Seeded only into an empty database.
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly customisation: CustomisationService,
    private readonly frameworks: FrameworkService,
    private readonly users: UsersService,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly evidence: EvidenceService,
    // Absent with COLLAB_MODE=off: the demo then has evidence but empty element documents.
    @Optional() private readonly rooms?: CollabRooms,
  ) {}

  async seedIfEmpty(): Promise<void> {
    if (!this.config.seedDemo || (await this.dataSource.getRepository(AssessmentEntity).exists())) {
      return;
    }
    const assessment = await this.assessments.create({
      title: demoAssessmentTitle,
      country: trainingCountryCode,
      scope:
        'Governance of the national digital ID (ExampleID) and the civil registry that feeds it, ' +
        'from enrolment to use in public and private services. A training assessment of a fictional country.',
      nationalUseCases: [
        'Birth registration and the civil registry',
        'Social protection cash transfers',
        'SIM card registration',
        'Opening a bank account',
        'Voter registration',
      ],
    });
    const fw = this.frameworks.current();
    const userValueQuestion = fw.elements[5]?.subElements[0]?.details[0]?.anchorQuestions[0];
    if (userValueQuestion) {
      await this.customisation.rewordQuestion(
        assessment.id,
        userValueQuestion.key,
        'Which public services in the Republic of Example require ExampleID, and which of them cannot be reached at all without it?',
      );
    }
    const inclusionDetail = fw.elements[0]?.subElements[1]?.details[0];
    if (inclusionDetail) {
      await this.customisation.addCustomQuestion(
        assessment.id,
        inclusionDetail.key,
        'How do refugees in the northern camps prove their identity to health clinics today?',
      );
    }
    const lastProcurement = fw.elements[6]?.subElements.at(-1);
    if (lastProcurement) {
      await this.customisation.setSubElementEnabled(
        assessment.id,
        lastProcurement.key,
        false,
        'Reviewed by the national anti-corruption commission in 2025; revisit in the next cycle.',
      );
    }
    const accounts = await this.seedAccounts();
    const admin = accounts.get('admin@demo.local');
    if (admin) {
      await seedDemoTeam(
        { members: this.members, organisations: this.organisations },
        assessment.id,
        admin,
        accounts,
      );
      const [ministry, cso, moderator] = ['ministry', 'cso', 'moderator'].map((name) =>
        accounts.get(`${name}@demo.local`),
      );
      if (ministry && cso && moderator) {
        await seedDemoContent(
          { evidence: this.evidence, rooms: this.rooms ?? null },
          assessment.id,
          { ministry, cso, moderator },
        );
      }
    }
    await this.assessments.create({
      title: demoOtherAssessmentTitle,
      country: trainingCountryCode,
      scope: 'A second training assessment that the demo team is not part of.',
      nationalUseCases: [],
    });
    this.logger.log(`Seeded the demo assessment "${demoAssessmentTitle}"`);
  }

  private async seedAccounts(): Promise<Map<string, UserEntity>> {
    const accounts = new Map<string, UserEntity>();
    for (const account of demoAccounts) {
      const user =
        (await this.users.findByEmail(account.email)) ??
        (await this.users.create({ ...account, password: this.config.demoPassword }));
      accounts.set(account.email, user);
    }
    // Printed once, on the first start, so that a new installation can be tried at once.
    this.logger.log(
      `Demo accounts: ${demoAccounts.map((a) => a.email).join(', ')}; password from DEMO_PASSWORD` +
        (this.config.demoPassword === 'example-demo-2026' ? ' (default: example-demo-2026)' : ''),
    );
    return accounts;
  }
}
